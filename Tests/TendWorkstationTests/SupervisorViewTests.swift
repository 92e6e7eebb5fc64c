import Foundation
import Testing
import TendDomain
@testable import TendServices
import TendStore
import TendTerminal
import TendTestSupport
@testable import TendWorkstation

/// The supervisor view played through the real app loop: roles, the month table's sort and
/// filter, at risk, reassign, close, time review and the live team table.
@Suite struct SupervisorViewTests {
    /// Runs `script` on a workstation of `session` (the supervisor by default) and quits.
    func play(_ fixture: Fixture, width: Int = 120, height: Int = 32, session: Session? = nil,
              _ script: (ScriptedTerminal, Workstation) -> Void) throws {
        let terminal = ScriptedTerminal(width: width, height: height)
        let workstation = fixture.workstation(terminal, session: session)
        script(terminal, workstation)
        terminal.press(.char("q"))
        _ = try terminal.run(workstation)
    }

    @Test func aNurseNeverSeesTheSupervisorControlsAndHerAttemptIsDeniedAndAudited() throws {
        let fixture = try Fixture.standard()
        try play(fixture, session: fixture.colleague) { terminal, workstation in
            terminal.then {
                #expect(!terminal.lines.last!.contains("supervisor"))
            }
            terminal.press(.char("?"))
            terminal.then {
                let help = workstation.state.overlay
                guard case .page(let page) = help else { Issue.record("no help page"); return }
                #expect(!page.lines.joined().contains("Supervisor view"))
                #expect(!page.lines.joined().contains("month-close"))
            }
            // The command line does not offer the supervisor's commands either.
            terminal.press(.escape, .char(":"))
            terminal.type("month-c")
            terminal.press(.tab)
            terminal.then {
                guard case .commandLine(let field) = workstation.state.overlay else { Issue.record("no command line"); return }
                #expect(field.text == "month-c")
                #expect(CommandLine.names(bindings: workstation.bindings, supervisor: false).contains("filter"))
                #expect(!CommandLine.names(bindings: workstation.bindings, supervisor: false).contains("reassign"))
                #expect(CommandLine.names(bindings: workstation.bindings, supervisor: true).contains("reassign"))
            }
            terminal.press(.escape, .char("S"))
            terminal.then {
                #expect(workstation.state.screen == .care)
                #expect(terminal.text.contains("needs the admin or supervisor role"))
                let last = try? fixture.store.auditRecords().last
                #expect(last?.action == "supervisor.table" && last?.outcome == .denied && last?.login == "boris")
            }
        }
    }

    @Test func monthTableListsEveryPatientAndSortsAndFiltersOnAnyColumn() throws {
        let fixture = try Fixture.standard()
        try play(fixture) { terminal, workstation in
            terminal.press(.char("S"))
            terminal.then {
                #expect(workstation.state.screen == .supervisor)
                #expect(terminal.text.contains("Month (4)"))
                #expect(terminal.text.contains("Care mgr") && terminal.text.contains("Codes") && terminal.text.contains("Status"))
                // 42 minutes by boris for Zoë: 99490 + 99439 earned, blocked by the missing care plan.
                let zoe = terminal.lines.first { $0.contains("Øvergård") } ?? ""
                #expect(zoe.contains("42") && zoe.contains("99490+99439") && zoe.contains("BLOCKED"))
                #expect(workstation.visibleSupervisorRows.map(\.cells[0].text).first == "Nguyễn, Thị Ánh")
            }
            // Sort by clinical minutes (the fifth column, after the date of birth), then reverse: most minutes first.
            terminal.press(.char(">"), .char(">"), .char(">"), .char(">"), .char("r"))
            terminal.then {
                #expect(terminal.text.contains("sorted by Clin \u{2193}"))
                #expect(workstation.visibleSupervisorRows.map { $0.cells[4].text } == ["42", "15", "0", "0"])
            }
            terminal.press(.char("/"))
            terminal.type("clin>10 care:ama")
            terminal.press(.enter)
            terminal.then {
                #expect(workstation.visibleSupervisorRows.count == 2)
                #expect(terminal.text.contains("filter clin>10 care:ama: 2 of 4"))
            }
            terminal.press(.char("/"))
            terminal.type(" bogus:1")
            terminal.press(.enter)
            terminal.then {
                #expect(terminal.text.contains("Error: Filter not applied: no column 'bogus'"))
                #expect(workstation.visibleSupervisorRows.count == 4)
            }
            // Esc clears the filter, a second Esc goes back to the care screen.
            terminal.press(.escape)
            terminal.then { #expect(workstation.supervisorState.filter.isEmpty) }
            terminal.press(.escape)
            terminal.then { #expect(workstation.state.screen == .care && terminal.text.contains("My call list")) }
        }
    }

    @Test func atRiskListsShortMinutesZeroMinutesNoConsentAndUnsharedPlans() throws {
        let fixture = try Fixture.standard()
        try play(fixture) { terminal, workstation in
            terminal.press(.char("S"), .tab, .tab)
            terminal.then {
                #expect(terminal.text.contains("At risk ("))
                #expect(terminal.text.contains("22 days left in 2026-03"))
                let rows = workstation.visibleSupervisorRows
                let anh = rows.first { $0.patient == fixture.ids["anh"] && $0.cells[0].text == "needs minutes" }
                #expect(anh?.cells[4].text == "15" && anh?.cells[5].text == "5")
                #expect(rows.contains { $0.patient == fixture.ids["wang"] && $0.cells[0].text == "zero minutes" })
                #expect(rows.contains { $0.patient == fixture.ids["carla"] && $0.cells[0].text == "no consent" })
                #expect(rows.contains { $0.patient == fixture.ids["zoe"] && $0.cells[0].text == "plan review" })
                #expect(rows.contains { $0.patient == fixture.ids["zoe"] && $0.cells[0].text == "plan unshared" })
                #expect(!rows.contains { $0.patient == fixture.ids["zoe"] && $0.cells[0].text == "zero minutes" })
            }
        }
    }

    @Test func bulkReassignMovesTheMarkedPatientsInOneAuditedChange() throws {
        let fixture = try Fixture.standard()
        try play(fixture) { terminal, workstation in
            terminal.press(.char("S"), .char("/"))
            // Accents are ignored by the one search rule: "overgard" finds Øvergård.
            terminal.type("overgard")
            terminal.press(.enter, .char("*"), .escape)
            terminal.then {
                // Marks stay when the filter is cleared; the filter matched Zoë only.
                #expect(workstation.supervisorState.marks == [fixture.ids["zoe"]!])
            }
            terminal.press(.char("g"), .char(" "))
            terminal.then { #expect(workstation.supervisorState.marks.count == 2) }
            terminal.press(.char("A"))
            terminal.then {
                #expect(terminal.text.contains("Reassign 2 patients"))
                #expect(terminal.text.contains("[boris]"))
            }
            terminal.press(.enter)
            terminal.then {
                #expect(terminal.text.contains("Reassigned 2 patients to boris"))
                #expect((try? fixture.nurse.patient(fixture.ids["zoe"]!))?.careManager == "boris")
                #expect((try? fixture.nurse.patient(fixture.ids["anh"]!))?.careManager == "boris")
                #expect((try? fixture.nurse.patient(fixture.ids["wang"]!))?.careManager == "amara")
                #expect(workstation.supervisorState.marks.isEmpty)
                let last = try? fixture.store.auditRecords().last
                #expect(last?.action == "patient.reassign" && last?.outcome == .ok)
            }
        }
    }

    @Test func closeIsRefusedWithTheBlockersUntilMarkedNotBilledThenClosesAndFreezes() throws {
        let fixture = try Fixture.standard()
        fixture.clock.advance(seconds: 24 * 86_400)  // 2026-04-03: March has ended.
        let march = try YearMonth.parse("2026-03")
        try play(fixture) { terminal, workstation in
            terminal.press(.char("S"))
            terminal.then {
                #expect(workstation.supervisorState.month == (try? YearMonth.parse("2026-04")))
                #expect(!workstation.isAvailable(.closeMonth))  // April has not ended
            }
            terminal.press(.char("["), .char("M"))
            terminal.then {
                #expect(terminal.text.contains("Close refused: 2026-03"))
                #expect(terminal.text.contains("Øvergård-O'Brien, Zoë (DOB 1951-06-02"))
                #expect(terminal.text.contains("no-care-plan"))
                #expect((try? fixture.nurse.monthClose(march))?.isClosed == false)
            }
            terminal.press(.escape, .char("/"))
            terminal.type("blocked")
            terminal.press(.enter, .char("N"))
            terminal.press(.enter)
            terminal.then { #expect(terminal.text.contains("Error: reason")) }
            terminal.type("Care plan not in place in March; billing decided to skip")
            terminal.press(.enter)
            terminal.then {
                #expect(terminal.text.contains("Marked"))
                #expect((try? fixture.nurse.monthClose(march))?.notBilled(fixture.ids["zoe"]!) != nil)
            }
            terminal.press(.escape)
            terminal.then { #expect(terminal.text.contains("not billed (deci"))  /* the status column is cut at 120 columns since DOB and Not cnt */ }
            terminal.press(.char("M"))
            terminal.then { #expect(terminal.text.contains("Close 2026-03?")) }
            terminal.press(.enter)
            terminal.then {
                #expect(terminal.text.contains("Closed 2026-03"))
                #expect(terminal.text.contains("CLOSED by amara"))
                #expect((try? fixture.nurse.monthClose(march))?.isClosed == true)
                #expect(!workstation.isAvailable(.closeMonth))
                let last = try? fixture.store.auditRecords().last
                #expect(last?.action == "month.close" && last?.outcome == .ok)
                #expect(workstation.isAvailable(.reopenMonth))  // amara is also an admin
            }
            // Reopening needs a reason, and is audited.
            terminal.press(.char("R"), .enter)
            terminal.then { #expect(terminal.text.contains("Error: reason")) }
            terminal.type("Late paper log found for March")
            terminal.press(.enter)
            terminal.then {
                #expect(terminal.text.contains("Reopened 2026-03"))
                #expect((try? fixture.nurse.monthClose(march))?.isClosed == false)
                let last = try? fixture.store.auditRecords().last
                #expect(last?.action == "month.reopen" && last?.outcome == .ok)
                #expect(workstation.isAvailable(.closeMonth) && !workstation.isAvailable(.reopenMonth))
            }
        }
    }

    @Test func timeReviewVoidsWithAReasonAndKeepsTheOriginalVisible() throws {
        let fixture = try Fixture.standard()
        let zoe = fixture.ids["zoe"]!
        try play(fixture) { terminal, workstation in
            terminal.press(.char("S"), .backTab)
            terminal.then {
                #expect(terminal.text.contains("Time review (2)"))
                #expect(terminal.text.contains("0 overlapping pairs"))
            }
            terminal.press(.char("/"))
            terminal.type("boris")
            terminal.press(.enter, .char("V"))
            terminal.then { #expect(terminal.text.contains("Void T")) }
            terminal.press(.enter)
            terminal.then { #expect(terminal.text.contains("Error: reason")) }
            terminal.type("Logged against the wrong patient")
            terminal.press(.enter)
            terminal.then {
                #expect(terminal.text.contains("Voided"))
                let row = workstation.visibleSupervisorRows.first
                #expect(row?.cells[0].text == "voided")
                // The keys decide from the row's status, not from what its cells say.
                #expect(row?.status == .voided)
                #expect(!workstation.isAvailableOnSupervisor(.voidEntry) && !workstation.isAvailableOnSupervisor(.correctEntry))
                #expect(row?.cells.last?.text == "voided by amara: Logged against the wrong patient")
                let entries = (try? fixture.nurse.entries(month: fixture.nurse.currentMonth, patient: zoe)) ?? []
                #expect(entries.count == 1 && entries[0].isVoided)
            }
        }
    }

    @Test(.enabled(if: !TestPostgres.fixturesOnPostgres, "plants overlapping entries, which the database refuses (PostgresConstraintTests)"))
    func timeReviewFlagsOverlapsAndCorrectsAnEntry() throws {
        let fixture = try Fixture.standard()
        let anh = fixture.ids["anh"]!
        // Two entries of boris's at the same minutes (as if logged from two machines by hand
        // around the overlap check: written straight into his month file).
        let month = fixture.nurse.currentMonth
        let eight = ISO8601DateFormatter().date(from: "2026-03-10T12:00:00Z")!  // 08:00 in New York
        let entry = try fixture.colleague.logTime(anh, TimeRequest(span: .interval(start: eight, end: eight.addingTimeInterval(600)),
                                                                   activity: .call, note: "Call", conditions: []))[0]
        var twin = entry
        twin.id = try EntryID.validate("T00000000ZZ")
        try fixture.store.write(Fixture.colleagueAccount, action: AuditAction(rawValue: "test.inject"), at: fixture.clock.now) { change in
            var log = try fixture.store.staffMonthLog("boris", month: month)
            log.entries.append(twin)
            log.version += 1
            try change.put(log)
            change.summary = "test: an overlapping twin"
        }
        try play(fixture) { terminal, workstation in
            terminal.press(.char("S"), .backTab)
            terminal.then {
                #expect(terminal.text.contains("1 overlapping pair to decide"))
                let flagged = workstation.visibleSupervisorRows.prefix(2)
                #expect(flagged.allSatisfy { $0.cells[0].text == "OVERLAP" && $0.status == .overlapping })
                #expect(workstation.isAvailableOnSupervisor(.voidEntry))
                #expect(flagged.first?.cells.last?.text.contains("void or correct one") == true)
            }
            terminal.press(.char("E"))
            terminal.then { #expect(terminal.text.contains("Correct T")) }
            // Move the start 30 minutes earlier (End stays), no reason: refused.
            terminal.press(.tab, .tab, .tab, .enter)
            terminal.then { #expect(terminal.text.contains("Error: reason")) }
            terminal.type("Typed twice; this one was the morning call")
            // Unchanged times still overlap the twin: refused, and the long message is shown whole.
            terminal.press(.enter)
            terminal.then {
                #expect(terminal.text.contains("Error: the corrected time overlaps entry"))
                #expect(terminal.text.contains("counted twice for the same minutes"))
            }
            terminal.press(.backTab, .backTab, .backTab)
            for _ in 0..<8 { terminal.press(.backspace) }
            terminal.then {
                guard case .form(let form, _) = workstation.state.overlay else { Issue.record("no form"); return }
                let start = form.text(.start)
                #expect(start.count == 11)
            }
            terminal.type("07:00:00")
            terminal.press(.tab)
            for _ in 0..<8 { terminal.press(.backspace) }
            terminal.type("07:10:00")
            terminal.press(.enter)
            terminal.then {
                #expect(terminal.text.contains("Corrected"))
                #expect(terminal.text.contains("0 overlapping pairs"))
                let all = (try? fixture.nurse.entries(month: month, patient: anh)) ?? []
                #expect(all.contains { $0.corrects != nil && !$0.isVoided })
                #expect(all.contains { $0.correctedBy != nil && $0.isVoided })
            }
        }
    }

    @Test func teamTableShowsTodaysMinutesCallsAndALiveStopwatch() throws {
        let fixture = try Fixture.standard()
        try fixture.colleague.startTimer(fixture.ids["wang"]!, activity: .call)
        try play(fixture) { terminal, workstation in
            terminal.press(.char("S"), .tab)
            terminal.then {
                #expect(terminal.text.contains("Team (3)"))
                let boris = terminal.lines.first { $0.contains("boris ") } ?? ""
                #expect(boris.contains("running 0 s"))
                #expect(boris.contains("王, 秀英"))
                #expect(terminal.text.contains("1 stopwatch running now"))
                fixture.clock.advance(seconds: 65)
            }
            terminal.then {
                let boris = terminal.lines.first { $0.contains("boris ") } ?? ""
                #expect(boris.contains("running 1 min 05 s"))
                // The supervisor's own stopwatch, started in another session, reaches the title bar.
                _ = try? fixture.nurse.startTimer(fixture.ids["anh"]!, activity: .call)
                fixture.clock.advance(seconds: 2)
            }
            terminal.then {
                #expect(terminal.lines[0].contains("running"))
                let amara = terminal.lines.first { $0.contains("amara ") } ?? ""
                #expect(amara.contains("running 2 s"))
            }
        }
    }

    @Test func aTabBeingReadSaysSoOnScreenFirst() throws {
        let fixture = try Fixture.standard()
        try play(fixture) { terminal, workstation in
            terminal.then { terminal.recordsFrames = true }
            terminal.press(.char("S"))
            terminal.then {
                let reading = terminal.frames.firstIndex { $0.contains("Reading month for 2026-03\u{2026}") }
                let table = terminal.frames.firstIndex { $0.contains("Month (4)") }
                #expect(reading != nil && table != nil && reading! < table!)
                // The message goes once the table is there.
                #expect(!terminal.text.contains("Reading month"))
                terminal.frames = []
            }
            terminal.press(.tab)
            terminal.then {
                // The team table is quick and live: no message for it.
                #expect(!terminal.frames.contains { $0.contains("Reading") })
            }
        }
    }

    @Test func summaryShowsTheProgramFiguresAndBothProjections() throws {
        let fixture = try Fixture.standard()
        try play(fixture) { terminal, _ in
            terminal.press(.char("S"), .tab, .tab, .tab)
            terminal.then {
                #expect(terminal.text.contains("Patients enrolled in the month"))
                #expect(terminal.text.contains("enrolled \u{00D7} their program's rate \u{00D7} 12"))
                #expect(terminal.text.contains("CCM: 4 \u{00D7} 99490 $66.13 \u{00D7} 12 = $3,174.24"))
                #expect(terminal.text.contains("this month's expected payment \u{00D7} 12"))
            }
        }
    }

    @Test func enterShowsTheChecklistAndPShowsTheAuditPacket() throws {
        let fixture = try Fixture.standard()
        try play(fixture) { terminal, workstation in
            terminal.press(.char("S"), .char("/"))
            terminal.type("A102")
            terminal.press(.enter, .enter)
            terminal.then {
                guard case .page(let page) = workstation.state.overlay else { Issue.record("no page"); return }
                #expect(page.title.hasPrefix("Checklist"))
                #expect(page.lines.contains { $0.contains("\u{2717} no-care-plan") })
                #expect(page.lines.contains { $0.contains("\u{2713} no-consent") })
            }
            terminal.press(.escape, .char("P"))
            terminal.then {
                guard case .page(let page) = workstation.state.overlay else { Issue.record("no page"); return }
                #expect(page.title.hasPrefix("Audit packet"))
                #expect(page.lines.joined(separator: "\n").contains("Earlier call"))
            }
        }
    }
}
