// Testing whether the machine went back to its start state, without PartialEq
#[derive(Debug, Clone)]
enum Kiosk {
    Welcome,
    Choosing { basket: Vec<String> },
    Paying { amount: u32 },
}

fn back_to_start(k: &Kiosk) -> Kiosk {
    match k {
        Kiosk::Paying { .. } => Kiosk::Welcome,
        other => other.clone(),
    }
}

fn main() {
    let k = Kiosk::Paying { amount: 420 };
    let after = back_to_start(&k);
    if after == Kiosk::Welcome {
        println!("reset ok");
    }
    println!("{:?}", Kiosk::Choosing { basket: vec![] });
}
