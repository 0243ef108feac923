//! A page in another language gets no findings: the glossary's advice is English house style,
//! and "Autenticación Multifactor" is correct Spanish. A page is judged by its function words,
//! once it has enough prose to judge; English pages that quote another language are read.

use crate::class_cases::{assert_files_clean, assert_files_rule};

#[test]
fn a_page_in_another_language_is_left_alone() {
    assert_files_clean(&[
        (
            "es.md",
            "# Asegurando la IA\n\n3. **Autenticación Multifactor (MFA):** La MFA agrega una capa extra de \
             seguridad al requerir que los usuarios proporcionen dos o más factores de verificación \
             para acceder a los sistemas. Durante el desarrollo, el equipo usó el login de la \
             empresa y una whitelist de dominios para las pruebas con los clientes del producto.\n",
        ),
        (
            "fr.md",
            "Le login des utilisateurs est protégé par une whitelist et par une authentification \
             multifactor. Pour configurer le web hook, ouvrez le tableau de bord et cliquez sur le \
             bouton qui est dans la barre. Les sessions sont valides pour une durée de sept jours \
             avec une rotation des jetons et des clés pour chaque application.\n",
        ),
        (
            "de.mdx",
            "Der Login ist mit einer Whitelist und mit Multifactor geschützt. Für den Web Hook \
             öffnen Sie das Dashboard und klicken auf die Schaltfläche, die in der Leiste ist. Die \
             Sitzungen sind nicht länger als sieben Tage gültig und das Token wird bei jeder \
             Anmeldung für den Benutzer erneuert und mit einem Schlüssel signiert.\n",
        ),
        (
            "pt.md",
            "O login do usuário é protegido por uma whitelist e por autenticação multifactor. Para \
             configurar o web hook, abra o painel e clique no botão que está na barra. As sessões \
             são válidas por sete dias com rotação dos tokens e das chaves para cada aplicação do \
             cliente, e não é possível usar um login em duas contas.\n",
        ),
    ]);
}

#[test]
fn english_pages_and_short_pages_are_read() {
    assert_files_rule(&[
        // English prose that quotes a line of Spanish.
        (
            "quote.md",
            "Our Madrid team wrote the welcome banner, \"Bienvenido a la plataforma, que es para \
             todos los usuarios y para el equipo\", and we kept it. Add the user's email to the \
             whitelist before the first sign-in, and check that the session token is valid for \
             the app and for the API that the team uses.\n",
            "allowlist",
        ),
        // Too little prose to judge: a short page is read as any page.
        ("short.md", "La whitelist de la empresa.\n", "allowlist"),
        // Code comments are not judged: they are short and mostly English.
        (
            "main.go",
            "// La whitelist de la aplicación, que es para los usuarios del equipo y para el \
             // desarrollo del producto con una lista de los dominios y de las cuentas que \
             // están en el sistema, y que el equipo usa para las pruebas de la empresa.\npackage main\n",
            "allowlist",
        ),
    ]);
}
