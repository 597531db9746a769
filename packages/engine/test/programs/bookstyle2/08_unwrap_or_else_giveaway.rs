// unwrap_or_else takes an FnOnce closure that runs only for None.
#[derive(Debug, PartialEq, Copy, Clone)]
enum ShirtColor {
    Red,
    Blue,
}

struct Inventory {
    shirts: Vec<ShirtColor>,
}

impl Inventory {
    fn giveaway(&self, preference: Option<ShirtColor>) -> ShirtColor {
        preference.unwrap_or_else(|| self.most_stocked())
    }

    fn most_stocked(&self) -> ShirtColor {
        let reds = self.shirts.iter().filter(|c| **c == ShirtColor::Red).count();
        let blues = self.shirts.len() - reds;
        if reds > blues { ShirtColor::Red } else { ShirtColor::Blue }
    }
}

fn main() {
    let store = Inventory {
        shirts: vec![ShirtColor::Blue, ShirtColor::Red, ShirtColor::Blue],
    };

    let user_pref1 = Some(ShirtColor::Red);
    println!("User with {:?} gets {:?}", user_pref1, store.giveaway(user_pref1));

    let user_pref2 = None;
    println!("User with {:?} gets {:?}", user_pref2, store.giveaway(user_pref2));

    let name: Option<String> = None;
    let fallback = String::from("anonymous");
    let shown = name.unwrap_or_else(move || fallback);
    println!("Name shown: {}", shown);
}
