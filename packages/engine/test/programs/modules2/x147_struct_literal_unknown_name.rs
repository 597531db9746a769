struct Account {
    cents: u64,
}

fn main() {
    let a = Acount { cents: 5 };
    println!("{}", a.cents);
}
