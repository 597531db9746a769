// Title-casing words with to_ascii_uppercase on the first char.
fn title_case(s: &str) -> String {
    let mut out = String::new();
    for (i, word) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        let mut chars = word.chars();
        if let Some(first) = chars.next() {
            out.push(first.to_ascii_uppercase());
            for c in chars {
                out.push(c.to_ascii_lowercase());
            }
        }
    }
    out
}

fn main() {
    let titles = ["the lord OF the rings", "  a tale   of two cities ", "rust"];
    for t in titles {
        println!("{:?} -> {:?}", t, title_case(t));
    }
    let mut shout = String::from("quiet please");
    shout.make_ascii_uppercase();
    println!("{}", shout);
}
