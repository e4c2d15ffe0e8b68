import { describe, expect, it } from "vitest";
import { goodEid } from "../testing/fixtures";
import { isRegistryError, type RegistryRow, type Resident } from "./resident-registry";
import { syntheticRegistry } from "./synthetic-registry";

const row: RegistryRow = { customerId: "C1", nameOnEid: "  kartik   naik ", dateOfBirth: "1993-07-27", cardIssueDate: "2024-01-01", cardExpiryDate: "2029-01-01" };

async function found(eid: string): Promise<Resident> {
  const answer = await syntheticRegistry.lookup(eid, row);
  if (isRegistryError(answer)) throw new Error(answer.error.error);
  return answer;
}

describe("syntheticRegistry", () => {
  it("answers consistently with the row and deterministically from the EID", async () => {
    const r = await found(goodEid(7));
    expect(r).toMatchObject({ emiratesIdNumber: goodEid(7), fullNameEn: "KARTIK NAIK", dateOfBirth: "1993-07-27", cardIssueDate: "2024-01-01", cardExpiryDate: "2029-01-01" });
    expect(await found(goodEid(7))).toEqual(r);
    expect(r.nationality).toMatch(/^[A-Z]{3}$/);
    expect(r.passport.passportNumber).toMatch(/^[A-Z]\d{7}$/);
    expect(r.travel.lastEntryDate < row.cardIssueDate).toBe(true);
  });

  it("varies the derived fields across residents, with citizens lacking visa and sponsor", async () => {
    const residents = await Promise.all(Array.from({ length: 200 }, (_, i) => found(goodEid(i))));
    expect(new Set(residents.map((r) => r.nationality)).size).toBeGreaterThan(10);
    expect(new Set(residents.map((r) => r.genderEn))).toEqual(new Set(["Male", "Female"]));
    for (const r of residents) expect(r.personClass === "Citizen").toBe(r.visa === null && r.sponsor === null && r.nationality === "ARE");
  });

  it("keeps name, gender and Arabic name consistent: a female name is female in both scripts", async () => {
    const lookup = async (nameOnEid: string, i: number) => {
      const answer = await syntheticRegistry.lookup(goodEid(i), { ...row, nameOnEid });
      if (isRegistryError(answer)) throw new Error(answer.error.error);
      return answer;
    };
    for (let i = 0; i < 20; i++) {
      expect(await lookup("Fatima Al Kaabi", i)).toMatchObject({ genderEn: "Female", fullNameAr: "فاطمة الكعبي" });
      expect(await lookup("MOHAMMED AL-MANSOORI", i)).toMatchObject({ genderEn: "Male", fullNameAr: "محمد المنصوري" });
      expect(await lookup("نورة الكعبي", i)).toMatchObject({ genderEn: "Female", fullNameAr: "نورة الكعبي" });
      // A known given name fixes the gender even when no Arabic spelling of the family is known.
      expect(await lookup("Sara Thompson", i)).toMatchObject({ genderEn: "Female", fullNameAr: "" });
      // A name the registry cannot spell in Arabic gets no Arabic name, never someone else's.
      expect((await lookup("Kartik Naik", i)).fullNameAr).toBe("");
    }
  });
});
