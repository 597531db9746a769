// Precision on strings truncates them; handy for fixed-width columns.
fn main() {
    let titles = [
        "The Rust Programming Language",
        "Dune",
        "A Very Long Title That Will Not Fit",
    ];
    for t in titles.iter() {
        println!("|{:<15.15}|", t);
    }
    println!("{:.3}", "abcdef");
    println!("{:.0}|", "gone");
    println!("{:>8.3}|", "truncate");
    println!("{:.10}", "short");
    let n = 4;
    println!("{:.n$}", "dynamic");
    println!("{:.3}", "héllo wörld");
}
