enum Action {
    Borrow { title: String, days: u32 },
    Return(String),
}

fn main() {
    let actions = vec![
        Action::Borrow { title: String::from("Kindred"), days: 14 },
        Action::Return(String::from("Kindred")),
    ];

    for action in &actions {
        match action {
            Action::Borrow { title, days } => println!("borrow {} for {} days", title, days),
            Action::Return(title) => println!("return {}", title),
        }
    }

    let first = &actions[0];
    if let Action::Borrow { title, .. } = first {
        println!("still have access to {}", title);
    }
    println!("{} actions logged", actions.len());
}
