"""The kiosk in a real browser: the idle overlay, the wipe, Back after a wipe, touch targets, axe-core."""
from __future__ import annotations

import time

import pytest
from sqlmodel import Session, select

from .conftest import AXE
from wiki.models import Contribution

WORDS = "Ask the day centre for the carers' rota in writing"
INTERACTIVE = ("a[href], button, input:not([type=hidden]), textarea, select, label[for], summary, "
               "[role=button], [tabindex]:not([tabindex='-1'])")


def wait_for(condition, timeout: float = 15, message: str = "condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.1)
    raise AssertionError(f"timed out waiting for {message}")


def path_of(driver) -> str:
    return driver.execute_script("return location.pathname")


def enrol(driver, server) -> None:
    from selenium.webdriver.common.by import By

    driver.get(server.url + server.enrol_path())
    driver.find_element(By.XPATH, "//button[normalize-space()='Switch on the kiosk']").click()
    wait_for(lambda: path_of(driver) == "/kiosk", message="the kiosk start screen")


def open_note(driver) -> None:
    from selenium.webdriver.common.by import By

    driver.find_element(By.CSS_SELECTOR, "a[href='/kiosk/note?topic=carers-assessment']").click()
    wait_for(lambda: path_of(driver) == "/kiosk/note", message="the note form")


def visible_step_title(driver) -> str:
    return driver.execute_script(
        "var s=[...document.querySelectorAll('[data-step]')].filter(e=>!e.hidden);"
        "return s.length===1 ? s[0].querySelector('.kiosk-question').innerText : 'steps: '+s.length;")


def fill_first_answer(driver) -> None:
    from selenium.webdriver.common.by import By

    driver.find_element(By.CSS_SELECTOR, "label[for='author_role-carer']").click()
    driver.find_element(By.CSS_SELECTOR, "[data-step]:not([hidden]) [data-next]").click()
    assert visible_step_title(driver) == "What do you wish you'd known?"
    driver.find_element(By.ID, "wish_known").send_keys(WORDS)


def leave_traces(driver) -> None:
    """What a careless page or extension might leave behind: storage and a readable cookie."""
    driver.execute_script("sessionStorage.setItem('draft', arguments[0]); localStorage.setItem('draft', arguments[0]);"
                          "document.cookie = 'leftover=' + encodeURIComponent(arguments[0]) + '; path=/';", WORDS)


def assert_nothing_left(driver) -> None:
    assert WORDS not in driver.page_source
    values = driver.execute_script("return [...document.querySelectorAll('textarea, input:not([type=hidden])')]"
                                   ".map(e => e.type === 'radio' ? (e.checked ? e.value : '') : e.value)")
    assert all(v == "" for v in values), values
    assert driver.execute_script("return sessionStorage.length + localStorage.length") == 0
    assert {c["name"] for c in driver.get_cookies()} <= {"candour_kiosk", "candour_session"}


def test_idle_overlay_counts_down_at_least_20_seconds_and_keeps_the_words(browser, live_server):
    from selenium.webdriver.common.by import By

    server = live_server(idle=2, countdown=20)
    enrol(browser, server)
    open_note(browser)
    fill_first_answer(browser)
    overlay = browser.find_element(By.ID, "still-there")
    assert not overlay.is_displayed()
    wait_for(overlay.is_displayed, timeout=10, message="the 'Are you still there?' overlay")
    count = int(browser.find_element(By.CSS_SELECTOR, "[data-countdown]").text)
    assert 18 <= count <= 20
    button = browser.find_element(By.CSS_SELECTOR, "[data-still-here]")
    assert button.text == "I'm still here"
    assert browser.switch_to.active_element == button
    assert button.size["width"] >= 44 and button.size["height"] >= 44
    time.sleep(1.5)
    assert int(browser.find_element(By.CSS_SELECTOR, "[data-countdown]").text) < count
    button.click()
    assert not overlay.is_displayed()
    assert browser.find_element(By.ID, "wish_known").get_attribute("value") == WORDS
    assert path_of(browser) == "/kiosk/note"
    # Typing keeps it away; a quiet spell brings it back.
    browser.find_element(By.ID, "wish_known").send_keys(" please")
    time.sleep(1.2)
    assert not overlay.is_displayed()
    wait_for(overlay.is_displayed, timeout=10, message="the overlay again")


def test_timeout_wipes_fields_storage_cookies_and_history(browser, live_server):
    from selenium.webdriver.common.by import By

    server = live_server(idle=2, countdown=3)
    enrol(browser, server)
    open_note(browser)
    fill_first_answer(browser)
    leave_traces(browser)
    assert {c["name"] for c in browser.get_cookies()} == {"candour_kiosk", "candour_session", "leftover"}
    wait_for(lambda: browser.find_element(By.ID, "still-there").is_displayed(), timeout=10, message="the overlay")
    wait_for(lambda: path_of(browser) == "/kiosk", timeout=10, message="the wipe")
    assert browser.find_elements(By.TAG_NAME, "textarea") == []
    assert_nothing_left(browser)
    # The session was cleared on the server: only the kiosk cookie is left.
    assert {c["name"] for c in browser.get_cookies()} == {"candour_kiosk"}
    # Back and Forward show nothing of the last person.
    for step in ("back", "back", "forward", "forward"):
        getattr(browser, step)()
        time.sleep(0.5)
        assert_nothing_left(browser)
    with Session(server.app.state.engine) as s:
        assert all(WORDS not in (n.wish_known or "") for n in s.exec(select(Contribution)))


def test_submit_sends_the_note_then_wipes_everything(browser, live_server):
    from selenium.webdriver.common.by import By

    server = live_server(idle=2, countdown=3)
    enrol(browser, server)
    open_note(browser)
    fill_first_answer(browser)
    leave_traces(browser)
    for _ in range(3):
        browser.find_element(By.CSS_SELECTOR, "[data-step]:not([hidden]) [data-next]").click()
    assert visible_step_title(browser) == "Send your note"
    browser.find_element(By.CSS_SELECTOR, "[data-send]").click()
    wait_for(lambda: path_of(browser) == "/kiosk/thanks", timeout=30, message="the thank-you screen")
    assert "Thank you. We have your note." in browser.page_source
    assert "withdraw" not in browser.page_source.lower()
    assert_nothing_left(browser)
    assert {c["name"] for c in browser.get_cookies()} == {"candour_kiosk"}
    with Session(server.app.state.engine) as s:
        note = s.exec(select(Contribution).where(Contribution.wish_known == WORDS)).one()
    assert (note.source, note.kiosk_place, note.author_role) == ("kiosk", "Oakwood Day Centre", "carer")
    # The thank-you screen clears itself after a quiet spell, replacing itself in the history.
    wait_for(lambda: path_of(browser) == "/kiosk", timeout=15, message="the wipe of the thank-you screen")
    assert_nothing_left(browser)
    # Back shows a fresh, empty form; Forward the start screen again.
    browser.back()
    wait_for(lambda: path_of(browser) == "/kiosk/note", message="the form again")
    assert_nothing_left(browser)
    browser.forward()
    wait_for(lambda: path_of(browser) == "/kiosk", message="the start screen")
    assert_nothing_left(browser)


def test_start_again_wipes_at_once_and_pages_break_no_csp_rule(browser, live_server):
    from selenium.webdriver.common.by import By

    server = live_server(idle=30, countdown=20)
    enrol(browser, server)
    open_note(browser)
    fill_first_answer(browser)
    leave_traces(browser)
    browser.find_element(By.LINK_TEXT, "Start again").click()
    wait_for(lambda: path_of(browser) == "/kiosk", message="the start screen")
    assert_nothing_left(browser)
    assert {c["name"] for c in browser.get_cookies()} == {"candour_kiosk"}
    browser.back()
    time.sleep(0.5)
    assert_nothing_left(browser)
    messages = [entry["message"] for entry in browser.get_log("browser")]
    assert [m for m in messages if "Content Security Policy" in m or "Refused" in m] == []


def test_read_aloud_speaks_the_question_on_the_screen(browser, live_server):
    from selenium.webdriver.common.by import By

    server = live_server(idle=30, countdown=20)
    enrol(browser, server)
    open_note(browser)
    fill_first_answer(browser)
    # Listen in on the browser's speech engine rather than play sound.
    browser.execute_script("window.spoken = []; speechSynthesis.speak = u => window.spoken.push(u.text);")
    button = browser.find_element(By.XPATH, "//button[normalize-space()='Read aloud']")
    assert button.is_displayed()
    button.click()
    [spoken] = browser.execute_script("return window.spoken")
    assert "What do you wish you'd known?" in spoken
    assert "Who are you?" not in spoken  # only the question on the screen


def interactive_boxes(driver) -> list[dict]:
    return driver.execute_script(
        "return [...document.querySelectorAll(arguments[0])].filter(e => e.getClientRects().length)"
        ".map(e => {const r = e.getBoundingClientRect();"
        " return {what: e.tagName + ' ' + (e.id || e.getAttribute('href') || e.innerText || '').slice(0, 40),"
        " width: r.width, height: r.height};});", INTERACTIVE)


def test_every_touch_target_is_at_least_44_by_44_and_text_is_large(browser, live_server):
    from selenium.webdriver.common.by import By

    server = live_server(idle=30, countdown=20)
    enrol(browser, server)
    boxes = interactive_boxes(browser)
    assert float(browser.execute_script("return parseFloat(getComputedStyle(document.body).fontSize)")) >= 20
    open_note(browser)
    for step in range(5):
        boxes += interactive_boxes(browser)
        if step < 4:
            if step == 0:
                browser.find_element(By.CSS_SELECTOR, "label[for='author_role-carer']").click()
            browser.find_element(By.CSS_SELECTOR, "[data-step]:not([hidden]) [data-next]").click()
    browser.execute_script("document.getElementById('still-there').hidden = false")
    boxes += interactive_boxes(browser)
    assert len(boxes) > 20
    smallest = min(boxes, key=lambda b: min(b["width"], b["height"]))
    print(f"\n{len(boxes)} touch targets measured; smallest: {smallest['what']!r} "
          f"{smallest['width']:.0f} x {smallest['height']:.0f} px")
    too_small = [b for b in boxes if b["width"] < 44 or b["height"] < 44]
    assert too_small == []


def run_axe(driver) -> list[dict]:
    # WebDriver scripts are not page scripts, so the page's CSP (script-src 'self') does not stop axe.
    driver.execute_script(AXE.read_text(encoding="utf-8"))
    result = driver.execute_async_script(
        "const done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']})"
        ".then(r => done({passes: r.passes.length,"
        " violations: r.violations.map(v => ({id: v.id, impact: v.impact, nodes: v.nodes.length}))}))"
        ".catch(e => done({error: String(e)}));")
    assert "violations" in result, result
    assert result["passes"] >= 10, "axe-core did not run its rules"
    return result["violations"]


def serious(violations: list[dict]) -> list[dict]:
    return [v for v in violations if v["impact"] in ("serious", "critical")]


@pytest.mark.parametrize("page", ["start", "note: who are you", "note: a question", "note: are you still there",
                                  "note: with an error", "thanks", "switched off", "contribute"])
def test_axe_finds_no_serious_or_critical_problems(browser, live_server, page):
    from selenium.webdriver.common.by import By

    server = live_server(idle=30, countdown=20)
    browser.set_script_timeout(60)
    if page == "contribute":
        browser.get(server.url + "/contribute")
    else:
        enrol(browser, server)
        if page.startswith("note") or page == "thanks":
            open_note(browser)
        if page == "note: a question":
            fill_first_answer(browser)
        elif page == "note: are you still there":
            browser.execute_script("document.getElementById('still-there').hidden = false")
        elif page == "note: with an error":
            browser.find_element(By.CSS_SELECTOR, "[data-step]:not([hidden]) [data-next]").click()
            browser.find_element(By.ID, "wish_known").send_keys(WORDS)
            browser.execute_script("document.querySelector('[data-kiosk-form]').submit()")
            wait_for(lambda: "Choose who you are" in browser.page_source, message="the error")
        elif page == "thanks":
            fill_first_answer(browser)
            browser.execute_script("document.querySelector('[data-kiosk-form]').submit()")
            wait_for(lambda: path_of(browser) == "/kiosk/thanks", timeout=30, message="the thank-you screen")
        elif page == "switched off":
            from wiki.services import kiosks

            for k in kiosks.list_kiosks(server.app.state.engine):
                kiosks.revoke(server.app.state.engine, k.id)
            browser.get(server.url + "/kiosk")
            assert "This kiosk is switched off" in browser.page_source
    violations = run_axe(browser)
    found = serious(violations)
    print(f"\naxe-core on {page} ({path_of(browser)}): {len(found)} serious or critical, "
          f"{len(violations)} violations in all {[v['id'] + ':' + str(v['impact']) for v in violations]}")
    assert found == []
