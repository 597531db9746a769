#[derive(Default, Debug)]
struct Stats {
    letters: usize,
    digits: usize,
    spaces: usize,
    upper: usize,
    punct: usize,
    other: usize,
}

fn classify(s: &str) -> Stats {
    let mut st = Stats::default();
    for c in s.chars() {
        if c.is_alphabetic() {
            st.letters += 1;
            if c.is_uppercase() {
                st.upper += 1;
            }
        } else if c.is_numeric() {
            st.digits += 1;
        } else if c.is_whitespace() {
            st.spaces += 1;
        } else if c.is_ascii_punctuation() {
            st.punct += 1;
        } else {
            st.other += 1;
        }
    }
    st
}

fn main() {
    let password = "Hunter2 is NOT a g00d password! €";
    let st = classify(password);
    println!("{:#?}", st);
    let strong = st.upper > 0 && st.digits > 0 && st.punct > 0 && password.len() >= 12;
    println!("strong: {}", strong);
}
