use std::collections::HashMap;

// A recipe identified by its sorted ingredient list.
#[derive(Debug, Clone, Hash, PartialEq, Eq)]
struct Ingredients(Vec<String>);

impl Ingredients {
    fn from_list(items: &[&str]) -> Self {
        let mut v: Vec<String> = items.iter().map(|s| s.to_string()).collect();
        v.sort();
        Ingredients(v)
    }
}

fn main() {
    let mut book: HashMap<Ingredients, &str> = HashMap::new();
    book.insert(Ingredients::from_list(&["flour", "egg", "milk"]), "pancakes");
    book.insert(Ingredients::from_list(&["bread", "cheese"]), "toastie");
    book.insert(Ingredients::from_list(&["egg", "cheese"]), "omelette");

    let fridge = [
        vec!["milk", "flour", "egg"],
        vec!["cheese", "egg"],
        vec!["cheese", "ham"],
    ];
    for items in &fridge {
        let key = Ingredients::from_list(items);
        match book.get(&key) {
            Some(dish) => println!("{:?} -> {}", key.0, dish),
            None => println!("{:?} -> no recipe", key.0),
        }
    }
}
