fn main() {
    let month = "February 2026";
    let first_weekday = 0; // Sunday
    let days = 28;

    println!("{:^20}", month);
    println!("Su Mo Tu We Th Fr Sa");
    let mut col = 0;
    for _ in 0..first_weekday {
        print!("   ");
        col += 1;
    }
    for d in 1..=days {
        print!("{:>2}", d);
        col += 1;
        if col % 7 == 0 {
            println!();
        } else {
            print!(" ");
        }
    }
    if col % 7 != 0 {
        println!();
    }
    println!("{} days", days);
}
