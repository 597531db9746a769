// An associated type fixes one output type per implementation;
// a generic parameter allows many implementations for one type.
trait Container {
    type Item;
    fn get(&self, i: usize) -> Option<&Self::Item>;
    fn first(&self) -> Option<&Self::Item> {
        self.get(0)
    }
}

struct Shelf {
    books: Vec<String>,
}

impl Container for Shelf {
    type Item = String;
    fn get(&self, i: usize) -> Option<&String> {
        self.books.get(i)
    }
}

trait ConvertTo<T> {
    fn convert(&self) -> T;
}

struct Celsius(f64);

impl ConvertTo<f64> for Celsius {
    fn convert(&self) -> f64 {
        self.0 * 9.0 / 5.0 + 32.0
    }
}

impl ConvertTo<String> for Celsius {
    fn convert(&self) -> String {
        format!("{:.1} degrees C", self.0)
    }
}

fn print_first<C: Container>(c: &C)
where
    C::Item: std::fmt::Debug,
{
    println!("first item: {:?}", c.first());
}

fn main() {
    let shelf = Shelf { books: vec![String::from("The Book"), String::from("Rustonomicon")] };
    print_first(&shelf);
    println!("second: {:?}", shelf.get(1));
    println!("tenth: {:?}", shelf.get(9));

    let today = Celsius(21.5);
    let f: f64 = today.convert();
    let s: String = today.convert();
    println!("{} = {:.1} F", s, f);
}
