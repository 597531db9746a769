fn age_group(age: u32) -> String {
    match age {
        0 => "newborn".to_string(),
        n @ 1..=12 => format!("child of {}", n),
        n @ 13..=19 => format!("teenager of {}", n),
        n => format!("adult of {}", n),
    }
}

enum Message {
    Hello { id: i32 },
}

fn main() {
    for a in [0, 7, 15, 42] {
        println!("{}", age_group(a));
    }

    let msgs = [Message::Hello { id: 5 }, Message::Hello { id: 11 }, Message::Hello { id: 20 }];
    for msg in msgs {
        match msg {
            Message::Hello { id: id_variable @ 3..=7 } => {
                println!("Found an id in range: {}", id_variable)
            }
            Message::Hello { id: 10..=12 } => println!("Found an id in another range"),
            Message::Hello { id } => println!("Found some other id: {}", id),
        }
    }

    let maybe = Some(42);
    if let Some(n @ 40..=50) = maybe {
        println!("in the forties: {}", n);
    }
}
