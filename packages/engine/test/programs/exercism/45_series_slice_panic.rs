// Slicing past the end of a string panics: the student forgot the length check.
fn slices(digits: &str, len: usize) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = 0;
    loop {
        out.push(&digits[start..start + len]);
        start += 1;
        if start + len > digits.len() {
            break;
        }
    }
    out
}

fn main() {
    println!("{:?}", slices("49142", 3));
    println!("{:?}", slices("49142", 5));
    println!("{:?}", slices("491", 4));
}
