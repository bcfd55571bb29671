//! Employer names as records: one normalised key per business, so "Tacos El Güero, LLC",
//! "tacos el guero llc" and "TACOS EL GÜERO" are the same employer.

/// Legal-form words dropped from the end of a name (they vary between how workers and filings
/// write the same business).
const SUFFIXES: &[&str] = &[
    "llc",
    "l l c",
    "inc",
    "incorporated",
    "corp",
    "corporation",
    "co",
    "company",
    "ltd",
    "limited",
    "lp",
    "llp",
    "pllc",
];

/// The matching key of an employer name: lowercase, Latin accents removed, `&` read as "and",
/// punctuation as spaces, a leading "the" and trailing legal-form words dropped, spaces collapsed.
/// Scripts other than Latin are kept as written (lowercased). Empty when nothing is left.
pub fn normalize_employer_name(name: &str) -> String {
    let mut s = String::with_capacity(name.len());
    for c in name.chars().flat_map(char::to_lowercase) {
        let c = fold(c);
        if c == '&' {
            s.push_str(" and ");
        } else if c.is_alphanumeric() {
            s.push(c);
        } else if c == '\'' || c == '’' {
            // "Joe's" and "Joes" are the same business.
        } else {
            s.push(' ');
        }
    }
    let mut words: Vec<&str> = s.split_whitespace().collect();
    if words.len() > 1 && words[0] == "the" {
        words.remove(0);
    }
    loop {
        let joined = words.join(" ");
        match SUFFIXES.iter().find(|suf| words.len() > suf.split(' ').count() && joined.ends_with(&format!(" {suf}"))) {
            Some(suf) => {
                let n = suf.split(' ').count();
                words.truncate(words.len() - n);
            }
            None => return joined,
        }
    }
}

fn fold(c: char) -> char {
    match c {
        'à' | 'á' | 'â' | 'ã' | 'ä' | 'å' | 'ā' => 'a',
        'ç' => 'c',
        'è' | 'é' | 'ê' | 'ë' | 'ē' => 'e',
        'ì' | 'í' | 'î' | 'ï' => 'i',
        'ñ' => 'n',
        'ò' | 'ó' | 'ô' | 'õ' | 'ö' | 'ø' => 'o',
        'ù' | 'ú' | 'û' | 'ü' => 'u',
        'ý' | 'ÿ' => 'y',
        'đ' => 'd',
        _ => c,
    }
}

#[cfg(test)]
mod tests {
    use super::normalize_employer_name as n;

    #[test]
    fn variants_of_one_name_share_a_key() {
        assert_eq!(n("Tacos El Güero, LLC"), "tacos el guero");
        assert_eq!(n("TACOS EL GUERO llc."), "tacos el guero");
        assert_eq!(n("tacos  el güero"), "tacos el guero");
        assert_eq!(n("The Joe's Roofing & Gutters Co."), "joes roofing and gutters");
        assert_eq!(n("Mile High Staffing, Inc"), "mile high staffing");
        assert_eq!(n("Acme L.L.C."), "acme");
    }

    #[test]
    fn names_that_are_only_a_suffix_or_another_script_survive() {
        assert_eq!(n("The Company"), "company");
        assert_eq!(n("Co"), "co");
        assert_eq!(n("金龙餐馆"), "金龙餐馆");
        assert_eq!(n("  "), "");
    }
}
