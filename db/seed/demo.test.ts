import { randomUUID } from "node:crypto";
import { rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { verifySync } from "@node-rs/argon2";
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { LIFE_DOMAINS, REFERRAL_STATUSES, TARGET_GROUPS } from "../../app/domain/vocabulary";
import { migrateDatabase, openDatabase, type Db } from "../client";
import { messages } from "../../app/locales";
import { lookupMessage } from "../../app/utils/i18n";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "./data/accounts";
import { seedDemo } from "./demo";

const TABLES = [
  "users",
  "neighbourhoods",
  "postcodes",
  "teams",
  "team_members",
  "organisations",
  "initiatives",
  "schedule_slots",
  "households",
  "intake_answers",
  "needs",
  "plan_actions",
  "consents",
  "referrals",
  "referral_events",
  "collective_needs",
  "collective_need_evidence",
  "supports",
  "pledges",
  "volunteer_applications",
  "notifications",
  "search_gaps",
];

globalThis.__wmMessages = messages;

describe("the demo municipality", () => {
  const file = path.join(os.tmpdir(), `wm-seed-${randomUUID()}.db`);
  let db: Db;
  let countsAfterFirstRun: Record<string, number>;

  const all = <T>(query: string) => db.all<T>(sql.raw(query));
  const one = <T>(query: string) => db.get<T>(sql.raw(query));
  const count = (table: string) => one<{ n: number }>(`select count(*) as n from ${table}`).n;
  const counts = () => Object.fromEntries(TABLES.map((t) => [t, count(t)]));

  beforeAll(() => {
    db = openDatabase(file);
    migrateDatabase(db);
    seedDemo(db);
    countsAfterFirstRun = counts();
    seedDemo(db);
  });

  afterAll(() => {
    db.$client.close();
    for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  });

  it("adds nothing when it runs a second time", () => {
    expect(counts()).toEqual(countsAfterFirstRun);
  });

  it("has Utrecht's ten wijken, each with its postcodes, and three wijkteams", () => {
    const neighbourhoods = all<{ slug: string; postcodes: number }>(
      "select n.slug, count(p.pc4) as postcodes from neighbourhoods n left join postcodes p on p.neighbourhood_id = n.id group by n.id",
    );
    expect(neighbourhoods).toHaveLength(10);
    expect(neighbourhoods.map((w) => w.slug)).toEqual(expect.arrayContaining(["binnenstad", "overvecht", "leidsche-rijn", "vleuten-de-meern"]));
    for (const w of neighbourhoods) expect(w.postcodes).toBeGreaterThan(0);

    const teams = all<{ name: string; neighbourhoods: number }>(
      "select t.name, count(*) as neighbourhoods from teams t join team_neighbourhoods tn on tn.team_id = t.id group by t.id order by t.name",
    );
    expect(teams.map((t) => t.name)).toEqual(["Wijkteam Leidsche Rijn", "Wijkteam Overvecht", "Wijkteam Zuidwest"]);
  });

  it("has 12 organisations, three of them waiting for verification", () => {
    expect(count("organisations")).toBe(12);
    expect(one<{ n: number }>("select count(*) as n from organisations where verified_at is null").n).toBe(3);
  });

  it("has 60 initiatives covering every life domain and target group, mostly published", () => {
    expect(count("initiatives")).toBe(60);
    const perDomain = all<{ domain: string; n: number }>("select domain, count(*) as n from initiative_domains group by domain");
    expect(perDomain.map((d) => d.domain).sort()).toEqual([...LIFE_DOMAINS].sort());
    for (const d of perDomain) expect(d.n).toBeGreaterThanOrEqual(3);
    const groups = all<{ target_group: string }>("select distinct target_group from initiative_target_groups");
    expect(groups.map((g) => g.target_group).sort()).toEqual([...TARGET_GROUPS].sort());

    const statuses = Object.fromEntries(
      all<{ status: string; n: number }>("select status, count(*) as n from initiatives group by status").map((r) => [r.status, r.n]),
    );
    expect(statuses.published).toBeGreaterThanOrEqual(45);
    expect(statuses.submitted).toBeGreaterThanOrEqual(1);
    // Stale listings: not confirmed for more than six months.
    const staleBefore = Date.now() - 183 * 86_400_000;
    expect(one<{ n: number }>(`select count(*) as n from initiatives where last_confirmed_at < ${staleBefore}`).n).toBeGreaterThanOrEqual(3);
    // Full-text search finds them.
    expect(one<{ n: number }>("select count(*) as n from initiatives_fts where initiatives_fts match 'taalcafe'").n).toBeGreaterThan(0);
  });

  it("has 40 named households, each with a full intake and a plan, and 400 closed ones of history", () => {
    expect(one<{ n: number }>("select count(*) as n from households where reference not like 'HIST-%'").n).toBe(40);
    expect(one<{ n: number }>("select count(*) as n from households where reference like 'HIST-%' and closed_at is not null").n).toBe(400);
    expect(count("plans")).toBe(40);
    // Every intake answers all 13 life domains; part of the history had a second intake.
    expect(count("intake_answers")).toBe(count("intakes") * 13);
    expect(count("intakes")).toBeGreaterThan(440);
    const demoConsultant = one<{ n: number }>(
      "select count(*) as n from households h join users u on u.id = h.consultant_id where u.email = 'consulent@wijkmarkt.demo'",
    ).n;
    expect(demoConsultant).toBeGreaterThanOrEqual(5);
  });

  it("has referrals in every status, some to the demo organiser's organisation", () => {
    const statuses = all<{ status: string }>("select distinct status from referrals").map((r) => r.status);
    expect(statuses.sort()).toEqual([...REFERRAL_STATUSES].sort());
    const toDemoOrganisation = one<{ n: number }>(
      `select count(*) as n from referrals r
       join initiatives i on i.id = r.initiative_id
       join organisation_members m on m.organisation_id = i.organisation_id
       join users u on u.id = m.user_id
       where u.email = 'organisator@wijkmarkt.demo' and r.status in ('sent', 'accepted')`,
    ).n;
    expect(toDemoOrganisation).toBeGreaterThanOrEqual(3);
    // Every referral has its history, and closed ones hold no contact details.
    expect(one<{ n: number }>("select count(*) as n from referrals r where not exists (select 1 from referral_events e where e.referral_id = r.id)").n).toBe(0);
    expect(
      one<{ n: number }>(
        "select count(*) as n from referrals where closed_at is not null and (contact_name is not null or contact_phone is not null or contact_email is not null)",
      ).n,
    ).toBe(0);
  });

  it("has collective needs, answered by an initiative, with evidence above and below the public threshold", () => {
    const rows = all<{ status: string; initiative_id: number | null; evidence: number }>(
      `select cn.status, cn.initiative_id, (select count(*) from collective_need_evidence e where e.collective_need_id = cn.id) as evidence
       from collective_needs cn`,
    );
    // 5 named needs and 4 of the history (3 answered, 1 closed).
    expect(rows).toHaveLength(9);
    expect(rows.filter((r) => r.status === "open")).toHaveLength(3);
    expect(rows.filter((r) => r.status === "in_progress")).toHaveLength(1);
    const answered = rows.filter((r) => r.status === "answered");
    expect(answered).toHaveLength(4);
    expect(answered.some((r) => r.initiative_id !== null)).toBe(true);
    expect(rows.some((r) => r.evidence >= 5)).toBe(true);
    expect(rows.some((r) => r.evidence > 0 && r.evidence < 5)).toBe(true);
  });

  it("has the demo accounts, all with the demo password", () => {
    const accounts = all<{ email: string; name: string; password_hash: string; is_admin: number }>(
      `select email, name, password_hash, is_admin from users where email in (${DEMO_ACCOUNTS.map((a) => `'${a.email}'`).join(",")})`,
    );
    expect(accounts).toHaveLength(DEMO_ACCOUNTS.length);
    for (const a of DEMO_ACCOUNTS) expect(accounts.find((x) => x.email === a.email)?.name).toBe(a.name);
    expect(verifySync(accounts[0]!.password_hash, DEMO_PASSWORD)).toBe(true);
    expect(accounts.filter((a) => a.is_admin === 1).map((a) => a.email)).toEqual(["beheerder@wijkmarkt.demo"]);
    expect(one<{ email: string }>("select email from users where is_policy_advisor = 1").email).toBe("gemeente@wijkmarkt.demo");
    const roles = one<{ lead: string; verified: number }>(
      `select (select u.email from team_members tm join users u on u.id = tm.user_id where tm.role = 'lead'
               and tm.team_id = (select id from teams where name = 'Wijkteam Overvecht')) as lead,
              (select o.verified_at is not null from organisation_members m join organisations o on o.id = m.organisation_id
               join users u on u.id = m.user_id where u.email = 'organisator@wijkmarkt.demo') as verified`,
    );
    expect(roles).toEqual({ lead: "coordinator@wijkmarkt.demo", verified: 1 });
  });

  it("writes its notifications in words both languages have, so the bell shows text, not codes", () => {
    const kinds = all<{ kind: string }>("select distinct kind from notifications").map((r) => r.kind);
    expect(kinds.length).toBeGreaterThan(0);
    for (const locale of ["nl", "en"] as const) {
      for (const kind of kinds) expect(lookupMessage(locale, kind), `${locale}: ${kind}`).not.toBe(kind);
    }
  });
});
