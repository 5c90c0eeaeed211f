// The app's own client helpers (Content-Security-Policy allows only scripts from this site: no inline script).
window.koski = {
    // Submits a server-rendered form (e.g. sign-out) once a confirm dialog has been accepted.
    lahetaLomake: (lomake) => lomake.requestSubmit(),
    // Called by the layout once its circuit has rendered: tests and styles can tell the page is interactive.
    merkitseInteraktiiviseksi: () => { document.body.dataset.interaktiivinen = '1'; },
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
