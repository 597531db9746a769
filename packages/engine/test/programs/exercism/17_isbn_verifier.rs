// ISBN-10 verifier: dashes ignored, final character may be X (=10).
fn is_valid_isbn(isbn: &str) -> bool {
    let chars: Vec<char> = isbn.chars().filter(|&c| c != '-').collect();
    if chars.len() != 10 {
        return false;
    }
    let mut total = 0;
    for (i, &c) in chars.iter().enumerate() {
        let value = match c {
            '0'..='9' => c as u32 - '0' as u32,
            'X' if i == 9 => 10,
            _ => return false,
        };
        total += value * (10 - i as u32);
    }
    total % 11 == 0
}

fn main() {
    let samples = ["3-598-21508-8", "3-598-21508-9", "3-598-21507-X", "3-598-2X507-9", "3598215088", "359821507X", "3-598-21507", "00"];
    for s in &samples {
        println!("{:16} -> {}", s, if is_valid_isbn(s) { "valid" } else { "invalid" });
    }
}
