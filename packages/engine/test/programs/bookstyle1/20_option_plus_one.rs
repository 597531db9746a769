// Option forces us to handle the "nothing" case.
fn plus_one(x: Option<i32>) -> Option<i32> {
    match x {
        None => None,
        Some(i) => Some(i + 1),
    }
}

fn find_index(items: &[&str], target: &str) -> Option<usize> {
    for (i, item) in items.iter().enumerate() {
        if *item == target {
            return Some(i);
        }
    }
    None
}

fn main() {
    let five = Some(5);
    let six = plus_one(five);
    let none = plus_one(None);
    println!("{:?} {:?} {:?}", five, six, none);

    let planets = ["Mercury", "Venus", "Earth"];
    for name in ["Earth", "Pluto"] {
        match find_index(&planets, name) {
            Some(i) => println!("{name} is planet #{}", i + 1),
            None => println!("{name} is not on the list"),
        }
    }

    let maybe_bonus: Option<u32> = None;
    println!("bonus: {}", maybe_bonus.unwrap_or(0));
    println!("doubled: {:?}", six.map(|v| v * 2));
}
