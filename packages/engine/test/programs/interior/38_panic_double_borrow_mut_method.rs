use std::cell::RefCell;

struct Wallet {
    coins: RefCell<Vec<u32>>,
}

impl Wallet {
    fn add(&self, c: u32) {
        self.coins.borrow_mut().push(c);
    }

    // Bug: keeps a mutable guard while calling add().
    fn double_last(&self) {
        let mut coins = self.coins.borrow_mut();
        if let Some(last) = coins.last_mut() {
            *last *= 2;
            let copy = *last;
            self.add(copy);
        }
    }
}

fn main() {
    let w = Wallet { coins: RefCell::new(vec![1, 5]) };
    w.add(10);
    println!("coins: {:?}", w.coins.borrow());
    w.double_last();
    println!("coins: {:?}", w.coins.borrow());
}
