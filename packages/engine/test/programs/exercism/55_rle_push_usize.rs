// Run-length encoding: pushing a count into a String with push().
fn encode(source: &str) -> String {
    let chars: Vec<char> = source.chars().collect();
    let mut out = String::new();
    let mut i = 0;
    while i < chars.len() {
        let c = chars[i];
        let mut count = 0;
        while i < chars.len() && chars[i] == c {
            count += 1;
            i += 1;
        }
        if count > 1 {
            out.push(count);
        }
        out.push(c);
    }
    out
}

fn main() {
    println!("{}", encode("AABCCCDEEEE"));
}
