// Quiz: only u8 can be cast directly to char.
fn shift_letter(c: char, by: u32) -> char {
    let base = 'a' as u32;
    let offset = (c as u32 - base + by) % 26;
    (base + offset) as char
}

fn main() {
    let word = "hello";
    let shifted: String = word.chars().map(|c| shift_letter(c, 3)).collect();
    println!("{}", shifted);
}
