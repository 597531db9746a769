// Quiz answer: convert through u8 (all letters fit in one byte).
fn shift_letter(c: char, by: u32) -> char {
    let base = 'a' as u32;
    let offset = (c as u32 - base + by) % 26;
    (base + offset) as u8 as char
}

fn main() {
    let word = "hello";
    let shifted: String = word.chars().map(|c| shift_letter(c, 3)).collect();
    println!("{}", shifted);
}
