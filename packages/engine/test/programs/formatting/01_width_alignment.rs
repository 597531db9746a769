// Lecture 3: lining up columns with width and alignment.
fn main() {
    let names = ["Alice", "Bob", "Charlotte", "Dan"];
    let scores = [93, 7, 100, 58];

    println!("{:<10}|{:>8}|{:^7}|", "Name", "Score", "Pass");
    println!("{:-<10}+{:->8}+{:-^7}+", "", "", "");
    for (name, score) in names.iter().zip(scores.iter()) {
        let pass = if *score >= 50 { "yes" } else { "no" };
        println!("{:<10}|{:>8}|{:^7}|", name, score, pass);
    }

    // Width smaller than the value: nothing is cut off.
    println!("[{:>3}]", "Charlotte");
    println!("[{:3}]", 123456);
    // Default alignment: strings left, numbers right.
    println!("[{:6}] [{:6}]", "ab", 42);
}
