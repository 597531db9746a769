// If an enum is public, all of its variants are public.
mod back_of_house {
    #[derive(Debug)]
    pub enum Appetizer {
        Soup,
        Salad,
        Bruschetta { slices: u32 },
    }

    pub fn price(a: &Appetizer) -> u32 {
        match a {
            Appetizer::Soup => 450,
            Appetizer::Salad => 525,
            Appetizer::Bruschetta { slices } => 200 * slices,
        }
    }
}

fn main() {
    let order1 = back_of_house::Appetizer::Soup;
    let order2 = back_of_house::Appetizer::Salad;
    let order3 = back_of_house::Appetizer::Bruschetta { slices: 3 };

    let orders = [order1, order2, order3];
    let mut total = 0;
    for o in &orders {
        let p = back_of_house::price(o);
        println!("{:?} costs {} cents", o, p);
        total += p;
    }
    println!("Total: {}.{:02}", total / 100, total % 100);
}
