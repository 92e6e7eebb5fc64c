import Foundation

/// A self-signed certificate authority (CN "tend test CA", made with openssl for these tests; its
/// key was not kept), to check that a PEM root certificate file is read.
enum TestCertificate {
    static let pem = """
        -----BEGIN CERTIFICATE-----
        MIIDETCCAfmgAwIBAgIUNgM6ghspnhwjPXhAlsAKbufdiiYwDQYJKoZIhvcNAQEL
        BQAwFzEVMBMGA1UEAwwMdGVuZCB0ZXN0IENBMCAXDTI2MTIwMzIyMDMxOFoYDzIx
        MjYxMTA5MjIwMzE4WjAXMRUwEwYDVQQDDAx0ZW5kIHRlc3QgQ0EwggEiMA0GCSqG
        SIb3DQEBAQUAA4IBDwAwggEKAoIBAQC5jidebcPXx7fhqYVlvcEeehVm7S8dlZjq
        2H80jykYRl5PG+N+vhF/kuiI0y4Rn/85ivBHeAY6QsPVom01i114bfML4QysbQ0Z
        ty6kroXEHesBAoJ1GvXjpz+FiVUDujMSpWct8X4ZBLYTKq7PkDcZ5BbtRY8wKcuB
        pBGMFwuDaO6SmynaoSKm9TmihTtZlsl7DLYSZKzjujbzSC1rgJY5JOY4IAXku2Pa
        20ENDoeevQPBZ2+7I3cU0A2SHDdbuUrgUucydvsUgi/pd4sEw89ZqYQ9P1WnZlU6
        nheylBPpd1HjIPkGf2K6BkiCQ0euid9HvbDWdmhJCmfikNMA8vW/AgMBAAGjUzBR
        MB0GA1UdDgQWBBQUO83bcqsRRtS97O/gtE11plworzAfBgNVHSMEGDAWgBQUO83b
        cqsRRtS97O/gtE11plworzAPBgNVHRMBAf8EBTADAQH/MA0GCSqGSIb3DQEBCwUA
        A4IBAQAuAvrMM4QmJS7u11UkZmWrUQcPVv2g4lj4idqFH0+dU+u3MhGxADsriqM/
        V9VAeas0V2A2SNAY3q5GEUInXMDj8QoWYgmFmhiTTuGBc8nIiSdghWrtwNtPOBti
        +z8Xdj+fD2xL4UltjOu1frn818uSOxUqLNdRuWP5BVF4f8IXotVu9yEa0VK81VdA
        o4eBlgAuUzP1bmPsWMQ900mSMMXWeQXn7vu/4FNQYchs9+EoT7aXmgo+D/oyAp/r
        TevnW7wkQ7p4S6MBEbShDRU5JLlRX/FSwUHfRk5ck5LmndXIJDUwXAq205icF1dN
        y0UJ+52UHWTftaLqU0xJAGO+B8yp
        -----END CERTIFICATE-----
        """
}
