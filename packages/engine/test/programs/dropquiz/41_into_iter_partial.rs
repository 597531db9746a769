// Quiz: a partly consumed into_iter() drops the rest when the iterator dies.
struct Coin(u32);

impl Drop for Coin {
    fn drop(&mut self) {
        println!("drop coin {}", self.0);
    }
}

fn main() {
    let purse = vec![Coin(1), Coin(5), Coin(10), Coin(25)];
    let mut iter = purse.into_iter();
    let first = iter.next().unwrap();
    println!("first coin {}", first.0);
    if let Some(second) = iter.next() {
        println!("second coin {}", second.0);
    }
    println!("dropping iterator");
    drop(iter);
    println!("still holding coin {}", first.0);
}
