#[derive(Debug)]
struct Highlight {
    text: &str,
    line: usize,
}

fn main() {
    let essay = String::from("Ownership is Rust's most unique feature.");
    let h = Highlight {
        text: &essay[0..9],
        line: 1,
    };
    println!("{:?}", h);
}
