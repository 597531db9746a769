use std::fmt;

#[derive(Debug)]
enum VendError {
    UnknownSlot(char),
    SoldOut(String),
    NotEnoughMoney { needed: u32, inserted: u32 },
}

impl fmt::Display for VendError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            VendError::UnknownSlot(c) => write!(f, "no slot named '{}'", c),
            VendError::SoldOut(name) => write!(f, "{} is sold out", name),
            VendError::NotEnoughMoney { needed, inserted } => {
                write!(f, "need {} cents, only {} inserted", needed, inserted)
            }
        }
    }
}

struct Slot {
    code: char,
    name: String,
    price: u32,
    count: u32,
}

struct VendingMachine {
    slots: Vec<Slot>,
    credit: u32,
    bank: u32,
}

impl VendingMachine {
    fn insert(&mut self, cents: u32) {
        self.credit += cents;
    }

    fn buy(&mut self, code: char) -> Result<(String, u32), VendError> {
        let slot = self
            .slots
            .iter_mut()
            .find(|s| s.code == code)
            .ok_or(VendError::UnknownSlot(code))?;
        if slot.count == 0 {
            return Err(VendError::SoldOut(slot.name.clone()));
        }
        if self.credit < slot.price {
            return Err(VendError::NotEnoughMoney { needed: slot.price, inserted: self.credit });
        }
        slot.count -= 1;
        let change = self.credit - slot.price;
        self.bank += slot.price;
        self.credit = 0;
        Ok((slot.name.clone(), change))
    }
}

fn main() {
    let mut vm = VendingMachine {
        slots: vec![
            Slot { code: 'A', name: String::from("Chips"), price: 125, count: 2 },
            Slot { code: 'B', name: String::from("Cola"), price: 150, count: 0 },
            Slot { code: 'C', name: String::from("Gum"), price: 50, count: 5 },
        ],
        credit: 0,
        bank: 0,
    };

    let orders = [('A', 200), ('B', 200), ('C', 25), ('Z', 0), ('A', 100), ('A', 0)];
    for (code, cents) in orders {
        vm.insert(cents);
        match vm.buy(code) {
            Ok((item, change)) => println!("got {} with {} cents change", item, change),
            Err(e) => println!("error: {}", e),
        }
    }
    println!("bank = {}, leftover credit = {}", vm.bank, vm.credit);
}
