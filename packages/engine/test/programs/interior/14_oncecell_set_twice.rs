use std::cell::OnceCell;

fn main() {
    let winner: OnceCell<String> = OnceCell::new();
    println!("empty: {:?}", winner.get());

    let runners = ["tortoise", "hare", "fox"];
    for name in runners {
        // Only the first set succeeds; later ones get their value back.
        match winner.set(name.to_string()) {
            Ok(()) => println!("{} crossed the line first", name),
            Err(rejected) => println!("{} was too late", rejected),
        }
    }
    println!("winner: {}", winner.get().unwrap());

    let value = winner.get_or_init(|| String::from("nobody"));
    println!("get_or_init keeps the old value: {}", value);

    let mut slot = OnceCell::new();
    slot.get_or_init(|| 5);
    if let Some(v) = slot.get_mut() {
        *v += 1;
    }
    println!("slot: {:?}", slot.get());
    let taken = slot.take();
    println!("taken: {:?}, after take: {:?}", taken, slot.get());
}
