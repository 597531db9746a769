// Swap-style edit on a text buffer: append the second line to the first.
fn main() {
    let mut lines = vec![
        String::from("fn main() {"),
        String::from("    println!(\"hi\");"),
        String::from("}"),
    ];

    let first = &mut lines[0];
    let second = &mut lines[1];
    first.push_str(" // entry");
    second.push_str(" // greet");

    for (i, l) in lines.iter().enumerate() {
        println!("{:>2} | {}", i + 1, l);
    }
}
