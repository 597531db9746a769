// Ownership goes in, ownership comes back out.
fn add_suffix(mut name: String) -> String {
    name.push_str("_v2");
    name
}

fn measure(s: String) -> (String, usize) {
    let n = s.len();
    (s, n)
}

fn main() {
    let file = String::from("report");
    let file = add_suffix(file);
    let file = add_suffix(file);
    let (file, len) = measure(file);
    println!("{} has {} bytes", file, len);
}
