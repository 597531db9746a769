fn main() {
    let n = 9;
    print!("{:>4}", "x");
    for c in 1..=n {
        print!("{:4}", c);
    }
    println!();
    print!("{:>4}", "");
    for _ in 1..=n {
        print!("{:->4}", "");
    }
    println!();
    for r in 1..=n {
        print!("{:>3}|", r);
        for c in 1..=n {
            print!("{:4}", r * c);
        }
        println!();
    }
}
