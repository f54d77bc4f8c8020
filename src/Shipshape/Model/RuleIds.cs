namespace Shipshape.Model;

/// <summary>Every rule id in one place, so code refers to rules by name and a typo does not compile.</summary>
public static class RuleIds
{
    // Secrets & keys
    public const string Sec001 = "SEC001";
    public const string Sec002 = "SEC002";
    public const string Sec003 = "SEC003";
    public const string Sec004 = "SEC004";
    public const string Sec005 = "SEC005";

    // Debug mode & error disclosure
    public const string Dbg001 = "DBG001";
    public const string Dbg002 = "DBG002";
    public const string Dbg003 = "DBG003";
    public const string Dbg004 = "DBG004";
    public const string Dbg005 = "DBG005";

    // CSRF, CORS
    public const string Csrf001 = "CSRF001";
    public const string Csrf002 = "CSRF002";
    public const string Cors001 = "CORS001";

    // Rate limiting & lockout
    public const string Rate001 = "RATE001";
    public const string Rate002 = "RATE002";
    public const string Rate003 = "RATE003";
    public const string Rate004 = "RATE004";

    // Authentication
    public const string Auth001 = "AUTH001";
    public const string Auth002 = "AUTH002";
    public const string Auth003 = "AUTH003";
    public const string Auth004 = "AUTH004";
    public const string Auth005 = "AUTH005";

    // Transport & headers
    public const string Hdr001 = "HDR001";
    public const string Hdr002 = "HDR002";
    public const string Hdr003 = "HDR003";
    public const string Hdr004 = "HDR004";
    public const string Hdr005 = "HDR005";

    // Input validation
    public const string Inp001 = "INP001";
    public const string Inp002 = "INP002";
    public const string Inp003 = "INP003";
    public const string Inp004 = "INP004";

    // Error handling
    public const string Err001 = "ERR001";
    public const string Err002 = "ERR002";
    public const string Err003 = "ERR003";

    // Observability
    public const string Obs001 = "OBS001";
    public const string Obs002 = "OBS002";
    public const string Obs003 = "OBS003";
    public const string Obs004 = "OBS004";
    public const string Obs005 = "OBS005";
    public const string Obs006 = "OBS006";

    // Data
    public const string Data001 = "DATA001";
    public const string Data002 = "DATA002";
    public const string Data003 = "DATA003";
    public const string Data004 = "DATA004";
    public const string Data005 = "DATA005";
    public const string Data006 = "DATA006";
    public const string Data007 = "DATA007";
    public const string Data008 = "DATA008";

    // Deployment
    public const string Dep001 = "DEP001";
    public const string Dep002 = "DEP002";
    public const string Dep003 = "DEP003";
    public const string Dep004 = "DEP004";
    public const string Dep005 = "DEP005";
    public const string Dep006 = "DEP006";

    // Privacy & legal
    public const string Leg001 = "LEG001";
    public const string Leg002 = "LEG002";
    public const string Leg003 = "LEG003";

    // Tests & documentation
    public const string Qa001 = "QA001";
    public const string Qa002 = "QA002";
    public const string Qa003 = "QA003";

    // Dynamic probe checks (101-199)
    public const string Hdr101 = "HDR101";
    public const string Hdr102 = "HDR102";
    public const string Hdr103 = "HDR103";
    public const string Hdr104 = "HDR104";
    public const string Hdr105 = "HDR105";
    public const string Hdr106 = "HDR106";
    public const string Hdr107 = "HDR107";
    public const string Hdr108 = "HDR108";
    public const string Hdr109 = "HDR109";
    public const string Hdr110 = "HDR110";
    public const string Hdr111 = "HDR111";
    public const string Auth101 = "AUTH101";
    public const string Auth102 = "AUTH102";
    public const string Cors101 = "CORS101";
    public const string Dbg101 = "DBG101";
    public const string Dbg102 = "DBG102";
    public const string Obs101 = "OBS101";
    public const string Rate101 = "RATE101";
    public const string Csrf101 = "CSRF101";
}
