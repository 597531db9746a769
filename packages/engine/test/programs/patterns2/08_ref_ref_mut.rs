// The older explicit style: `ref` and `ref mut` inside patterns.
#[derive(Debug)]
struct Player {
    name: String,
    score: u32,
    badges: Vec<String>,
}

fn main() {
    let mut p = Player {
        name: String::from("Kiri"),
        score: 40,
        badges: vec!["early bird".to_string()],
    };

    // borrow the name, copy the score; p is not moved
    let Player { ref name, score, .. } = p;
    println!("{} has {} points", name, score);

    {
        let Player { ref mut score, ref mut badges, .. } = p;
        *score += 60;
        badges.push(String::from("centurion"));
    }

    let maybe_nick: Option<String> = Some(String::from("kiwi"));
    match maybe_nick {
        Some(ref n) => println!("nickname is {}", n),
        None => println!("no nickname"),
    }
    // still usable since we only borrowed
    println!("nick again: {:?}", maybe_nick);

    let mut pair = (String::from("left"), 10);
    match pair {
        (ref mut s, ref mut n) => {
            s.push_str("-side");
            *n *= 3;
        }
    }
    println!("{:?}", pair);
    println!("{:?}", p);
}
