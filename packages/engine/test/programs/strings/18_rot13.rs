fn rot13(input: &str) -> String {
    let mut result = String::with_capacity(input.len());
    for c in input.chars() {
        let rotated = match c {
            'a'..='m' | 'A'..='M' => ((c as u8) + 13) as char,
            'n'..='z' | 'N'..='Z' => ((c as u8) - 13) as char,
            _ => c,
        };
        result.push(rotated);
    }
    result
}

fn main() {
    let lines = ["Hello, World!", "Why did the chicken cross the road?", "Gb trg gb gur bgure fvqr!"];
    for line in lines.iter() {
        let once = rot13(line);
        let twice = rot13(&once);
        println!("{}\n  -> {}\n  -> {}", line, once, twice);
    }
}
