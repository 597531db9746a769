fn main() {
    let x = 4;
    let y = false;

    match x {
        4 | 5 | 6 if y => println!("yes"),
        _ => println!("no"),
    }

    let num = Some(4);
    match num {
        Some(x) if x % 2 == 0 => println!("The number {} is even", x),
        Some(x) => println!("The number {} is odd", x),
        None => (),
    }

    // a guard can use an outer variable without shadowing it
    let limit = Some(5);
    let target = 10;
    match limit {
        Some(n) if n == target => println!("exactly on target"),
        Some(n) => println!("limit {} differs from target {}", n, target),
        None => println!("no limit"),
    }

    let temps = [-12, 3, 18, 27, 41];
    for t in temps {
        let msg = match t {
            t if t < 0 => "freezing",
            0..=10 => "cold",
            11..=25 => "comfortable",
            26..=35 | 36..=40 => "hot",
            _ => "dangerous",
        };
        println!("{:>3}C {}", t, msg);
    }
}
