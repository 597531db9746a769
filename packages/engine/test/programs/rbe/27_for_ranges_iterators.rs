// for loops over ranges and over iter / iter_mut / into_iter.
fn main() {
    let mut line = String::new();
    for n in 1..6 {
        line.push_str(&format!("{} ", n));
    }
    println!("{}", line.trim_end());

    for n in (1..=10).rev().step_by(3) {
        print!("{} ", n);
    }
    println!();

    let names = vec!["Bob", "Frank", "Ferris"];
    for name in names.iter() {
        match name {
            &"Ferris" => println!("There is a rustacean among us!"),
            _ => println!("Hello {}", name),
        }
    }
    println!("names: {:?}", names);

    let mut scores = vec![70, 85, 90];
    for score in scores.iter_mut() {
        *score += 5;
    }
    println!("curved: {:?}", scores);

    let owned = vec![String::from("Ada"), String::from("Grace")];
    for name in owned.into_iter() {
        let shout = name.to_uppercase();
        println!("{} -> {}", name, shout);
    }

    for (i, ch) in "héllo".chars().enumerate() {
        if i % 2 == 0 {
            print!("{}", ch);
        }
    }
    println!();

    let total: i32 = (1..=100).filter(|x| x % 7 == 0).sum();
    println!("sum of multiples of 7 up to 100: {}", total);
}
