// Option combinators: map, and_then, filter, or, unwrap_or.
#![allow(dead_code)]

#[derive(Debug)]
enum Food {
    CordonBleu,
    Steak,
    Sushi,
}

#[derive(Debug)]
enum Day {
    Monday,
    Tuesday,
    Wednesday,
}

fn have_ingredients(food: Food) -> Option<Food> {
    match food {
        Food::Sushi => None,
        _ => Some(food),
    }
}

fn have_recipe(food: Food) -> Option<Food> {
    match food {
        Food::CordonBleu => None,
        _ => Some(food),
    }
}

fn cookable(food: Food) -> Option<Food> {
    have_recipe(food).and_then(have_ingredients)
}

fn eat(food: Food, day: Day) {
    match cookable(food) {
        Some(food) => println!("Yay! On {:?} we get to eat {:?}.", day, food),
        None => println!("Oh no. We don't get to eat on {:?}?", day),
    }
}

#[derive(Debug)]
struct Peeled(Food);
#[derive(Debug)]
struct Chopped(Food);

fn prepare(food: Option<Food>) -> Option<Chopped> {
    food.map(|f| Peeled(f)).map(|Peeled(f)| Chopped(f))
}

fn main() {
    eat(Food::CordonBleu, Day::Monday);
    eat(Food::Steak, Day::Tuesday);
    eat(Food::Sushi, Day::Wednesday);

    println!("{:?}", prepare(Some(Food::Steak)));
    println!("{:?}", prepare(None));

    let len = Some("hello").map(|s| s.len());
    let none_len: Option<usize> = None::<&str>.map(|s| s.len());
    println!("{:?} {:?} {}", len, none_len, none_len.unwrap_or(0));
    let small = Some(12).filter(|n| *n < 10);
    println!("{:?} {:?}", small, small.or(Some(9)));
    let parsed = Some("42").and_then(|s| s.parse::<i32>().ok());
    println!("{:?}", parsed);
}
