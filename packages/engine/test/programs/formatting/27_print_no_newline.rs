fn main() {
    print!("Counting:");
    for i in 1..=5 {
        print!(" {}", i);
    }
    println!();

    // A triangle of stars.
    for row in 1..=4 {
        for _ in 0..(4 - row) {
            print!(" ");
        }
        for _ in 0..(2 * row - 1) {
            print!("*");
        }
        print!("\n");
    }

    let words = ["a", "b", "c"];
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            print!(", ");
        }
        print!("{}", w);
    }
    println!(".");
    print!("no trailing newline");
}
