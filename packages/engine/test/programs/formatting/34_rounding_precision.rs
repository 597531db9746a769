fn main() {
    // Rust rounds the exact binary value, ties go to even.
    println!("{:.0} {:.0} {:.0} {:.0}", 0.5, 1.5, 2.5, 3.5);
    println!("{:.1} {:.1} {:.1}", 0.25, 0.35, 0.45);
    println!("{:.2}", 1.005);
    println!("{:.2}", 2.675);
    println!("{:.3}", 1.0);
    println!("{:.0}", 99.9);
    println!("{:.5}", 1.0 / 7.0);
    println!("{:.1}", -0.04);
    println!("{:.20}", 0.1);
    let prices = [19.999, 5.0, 0.125, 7.875];
    for p in prices {
        println!("{:>8.2}", p);
    }
    println!("{:.2}", 1e10);
    println!("{:.3}", 42);
}
