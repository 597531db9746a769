struct Coin(u32);

impl Drop for Coin {
    fn drop(&mut self) {
        println!("coin {} spent", self.0);
    }
}

fn purse() -> (Coin, Coin, Coin) {
    (Coin(1), Coin(2), Coin(5))
}

fn main() {
    let kept = purse().1;
    println!("kept coin {}", kept.0);
    let value = purse().2 .0;
    println!("value {}", value);
}
