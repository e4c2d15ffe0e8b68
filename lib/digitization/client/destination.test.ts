import { describe, expect, it } from "vitest";
import { addressRange, destinationPolicy, isCanonicalHost, isLoopbackAddress, isPublicAddress, refuseDestination, writtenHostname, type DestinationPolicy } from "./destination";

describe("isPublicAddress", () => {
  it.each([
    ["127.0.0.1", "loopback"],
    ["127.255.255.254", "loopback"],
    ["10.0.0.1", "private"],
    ["172.16.5.4", "private"],
    ["192.168.1.1", "private"],
    ["169.254.169.254", "linkLocal"],
    ["0.0.0.0", "unspecified"],
    ["255.255.255.255", "broadcast"],
    ["224.0.0.251", "multicast"],
    ["100.64.0.1", "carrierGradeNat"],
    ["::1", "loopback"],
    ["::", "unspecified"],
    ["fe80::1", "linkLocal"],
    ["fc00::1", "uniqueLocal"],
    ["fd12:3456::1", "uniqueLocal"],
    ["ff02::1", "multicast"],
    ["[::1]", "loopback"],
  ])("refuses %s (%s)", (address, range) => {
    expect(addressRange(address)).toBe(range);
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each([
    ["::ffff:127.0.0.1", "loopback"],
    ["::ffff:7f00:1", "loopback"],
    ["::ffff:169.254.169.254", "linkLocal"],
    ["::ffff:10.1.2.3", "private"],
    ["::ffff:0.0.0.0", "unspecified"],
    ["64:ff9b::7f00:1", "loopback"],
    ["64:ff9b::a9fe:a9fe", "linkLocal"],
  ])("judges IPv6 forms carrying an IPv4 address by that address: %s is %s", (address, range) => {
    expect(addressRange(address)).toBe(range);
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(["0x7f000001", "2130706433", "127.1", "0177.0.0.1"])("refuses the odd IPv4 spelling %s (it is loopback)", (address) => {
    expect(isPublicAddress(address)).toBe(false);
    expect(isLoopbackAddress(address)).toBe(true);
  });

  it.each(["not an address", "", "999.1.1.1", "fe80::1%eth0x"])("fails closed on %j", (address) => {
    expect(isPublicAddress(address)).toBe(false);
  });

  it.each(["8.8.8.8", "93.184.215.14", "2606:4700:4700::1111", "::ffff:8.8.8.8", "64:ff9b::808:808"])("accepts the public address %s", (address) => {
    expect(isPublicAddress(address)).toBe(true);
  });
});

const policy = (allowedHosts: string[], allowHttp = false): DestinationPolicy => ({ allowedHosts, allowHttp });
const refuse = (url: string, p: DestinationPolicy) => refuseDestination(new URL(url), p);

describe("refuseDestination", () => {
  it("admits only hosts on the allow-list, compared as URL.host spells them", () => {
    const p = policy(["api.example", "api.example:8443", "10.0.0.7:9000", "[fd00::7]:9000"]);
    expect(refuse("https://api.example/v1", p)).toBeNull();
    expect(refuse("https://API.Example:443/v1", p)).toBeNull();
    expect(refuse("https://api.example:8443", p)).toBeNull();
    expect(refuse("https://10.0.0.7:9000", p)).toBeNull();
    expect(refuse("https://[fd00::7]:9000", p)).toBeNull();
    expect(refuse("https://[fd00:0:0:0:0:0:0:7]:9000", p)).toBeNull();
    for (const url of ["https://evil.example", "https://api.example.evil.example", "https://sub.api.example", "https://10.0.0.7", "https://[fd00::7]:9001"]) {
      expect(refuse(url, p), url).toBe("host_not_allowed");
    }
  });

  it("admits the sandbox the portal launches in demo mode (plain http on loopback, its own port), and only in demo mode", () => {
    const allowed = { digitizationAllowedHosts: [new URL("http://127.0.0.1:3100").host] };
    expect(refuse("http://127.0.0.1:3100/digitization/v1/batch", destinationPolicy({ mode: "demo", ...allowed }))).toBeNull();
    expect(refuse("http://127.0.0.1:3101/digitization/v1/batch", destinationPolicy({ mode: "demo", ...allowed }))).toBe("host_not_allowed");
    expect(refuse("http://127.0.0.1:3100/digitization/v1/batch", destinationPolicy({ mode: "production", ...allowed }))).toBe("http_not_allowed");
  });

  it("treats an entry without a port as the scheme's default port only", () => {
    const p = policy(["api.example"], true);
    expect(refuse("https://api.example:443", p)).toBeNull();
    expect(refuse("http://api.example:80", p)).toBeNull();
    expect(refuse("https://api.example:8443", p)).toBe("host_not_allowed");
    expect(refuse("http://api.example:443", p)).toBe("host_not_allowed");
  });

  it.each([
    "http://127.0.0.1:3000",
    "http://0x7f000001:3000",
    "http://2130706433:3000",
    "http://127.1:3000",
    "http://[::1]:3000",
    "http://[::ffff:127.0.0.1]:3000",
    "http://169.254.169.254",
    "http://localhost:3000",
    "http://0.0.0.0:3000",
  ])("refuses %s when it is not allow-listed", (url) => {
    expect(refuse(url, policy(["api.example"], true))).toBe("host_not_allowed");
  });

  it("refuses http unless the policy allows it (demo mode), and other schemes always", () => {
    expect(refuse("http://api.example", policy(["api.example"]))).toBe("http_not_allowed");
    expect(refuse("http://api.example", policy(["api.example"], true))).toBeNull();
    expect(refuse("ftp://api.example", policy(["api.example"], true))).toBe("not_http");
  });

  it("refuses credentials in the URL", () => {
    expect(refuse("https://user:pw@api.example", policy(["api.example"]))).toBe("credentials");
    expect(refuse("https://user@api.example", policy(["api.example"]))).toBe("credentials");
  });

  it("takes http to mean demo mode only", () => {
    expect(destinationPolicy({ mode: "production", digitizationAllowedHosts: ["a"] })).toEqual({ allowedHosts: ["a"], allowHttp: false });
    expect(destinationPolicy({ mode: "demo", digitizationAllowedHosts: ["a"] })).toEqual({ allowedHosts: ["a"], allowHttp: true });
  });
});

describe("isCanonicalHost", () => {
  it.each([
    "http://0x7f000001:3000/x",
    "http://2130706433/",
    "http://127.1/",
    "http://0177.0.0.1/",
    "http://127.0.0.1./",
    "http://[0:0:0:0:0:0:0:1]:8080/",
    "http://[::FFFF:127.0.0.1]/",
    "https://bücher.example/",
  ])("refuses the rewritten spelling %s", (url) => {
    expect(isCanonicalHost(url)).toBe(false);
  });

  it.each(["https://API.Example.com:443/v1", "http://127.0.0.1:3000/sandbox", "http://[::1]:3000", "https://u:p@api.example/", "https://xn--bcher-kva.example/"])(
    "accepts %s",
    (url) => {
      expect(isCanonicalHost(url)).toBe(true);
    },
  );

  it("reads the host as written, without credentials and port", () => {
    expect(writtenHostname("https://u:p@Api.Example:8443/x?y#z")).toBe("api.example");
    expect(writtenHostname("http://[::1]:80/")).toBe("[::1]");
    expect(writtenHostname("not a url")).toBeNull();
  });
});
