// The app's own client helpers (Content-Security-Policy allows only scripts from this site: no inline script).
window.koski = {
    // Submits a server-rendered form (e.g. sign-out) once a confirm dialog has been accepted.
    lahetaLomake: (lomake) => lomake.requestSubmit(),
    // Called by the layout once its circuit has rendered: tests and styles can tell the page is interactive.
    merkitseInteraktiiviseksi: () => {
        document.body.dataset.interaktiivinen = '1';
        koskiValikko.paivita();
    },
    // Starts a finished report's download from the authorized endpoint (the file never crosses the circuit).
    lataa: (osoite, nimi) => {
        const a = document.createElement('a');
        a.href = osoite;
        a.download = nimi;
        document.body.appendChild(a);
        a.click();
        a.remove();
    },
};

// The reconnect dialog's "Lataa sivu uudelleen" links reload the page even while the circuit is down.
document.addEventListener('click', (e) => {
    if (e.target instanceof Element && e.target.closest('.yhteys-katkennut__lataa')) {
        e.preventDefault();
        location.reload();
    }
});

// Drafts of the study-right forms in this tab's sessionStorage (LomakeLuonnokset.cs): a dropped connection loses nothing.
window.koskiLuonnos = {
    tallenna: (avain, json) => sessionStorage.setItem('koski-luonnos:' + avain, json),
    lue: (avain) => sessionStorage.getItem('koski-luonnos:' + avain),
    poista: (avain) => sessionStorage.removeItem('koski-luonnos:' + avain),
};

// The layout's menu button (MainLayout): the side bar opens and closes here, without a round trip to the circuit.
// The class flips the side bar from the width's default (beside the page on a wide window, hidden on a narrow one);
// aria-expanded says what is shown. On a narrow window a chosen link closes the menu that covered the page.
const koskiValikko = {
    kapea: window.matchMedia('(max-width: 959.98px)'),
    auki: () => { const s = document.getElementById('sivupalkki'); return !!s && getComputedStyle(s).display !== 'none'; },
    paivita: () => {
        for (const n of document.querySelectorAll('[data-koski-valikko]')) n.setAttribute('aria-expanded', koskiValikko.auki() ? 'true' : 'false');
    },
};
koskiValikko.kapea.addEventListener('change', () => {
    document.body.classList.remove('valikko-vaihdettu');
    koskiValikko.paivita();
});
document.addEventListener('click', (e) => {
    if (!(e.target instanceof Element)) return;
    if (e.target.closest('[data-koski-valikko]')) {
        document.body.classList.toggle('valikko-vaihdettu');
        koskiValikko.paivita();
    } else if (koskiValikko.kapea.matches && e.target.closest('#sivupalkki a')) {
        document.body.classList.remove('valikko-vaihdettu');
        koskiValikko.paivita();
    }
});
