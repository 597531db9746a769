// Rust Book ch. 7.3, Listing 7-10: all variants of a pub enum are public.
mod back_of_house {
    #[derive(Debug)]
    pub enum Appetizer {
        Soup,
        Salad,
        Bruschetta { pieces: u8 },
    }

    impl Appetizer {
        pub fn price_cents(&self) -> u32 {
            match self {
                Appetizer::Soup => 450,
                Appetizer::Salad => 525,
                Appetizer::Bruschetta { pieces } => 120 * (*pieces as u32),
            }
        }
    }
}

fn main() {
    let order1 = back_of_house::Appetizer::Soup;
    let order2 = back_of_house::Appetizer::Salad;
    let order3 = back_of_house::Appetizer::Bruschetta { pieces: 4 };

    let orders = [order1, order2, order3];
    let mut total = 0;
    for o in &orders {
        println!("{:?} costs {} cents", o, o.price_cents());
        total += o.price_cents();
    }
    println!("total: ${}.{:02}", total / 100, total % 100);
}
