// Borrowing: shared and mutable references, aliasing rules, and the ref pattern.
#[derive(Clone, Copy)]
struct Book {
    author: &'static str,
    title: &'static str,
    year: u32,
}

fn borrow_book(book: &Book) {
    println!("I immutably borrowed {} - {} edition", book.title, book.year);
}

fn new_edition(book: &mut Book) {
    book.year = 2014;
    println!("I mutably borrowed {} - {} edition", book.title, book.year);
}

#[derive(Clone, Copy)]
struct Point {
    x: i32,
    y: i32,
}

fn main() {
    let immutabook = Book { author: "Douglas Hofstadter", title: "Gödel, Escher, Bach", year: 1979 };
    let mut mutabook = immutabook;
    borrow_book(&immutabook);
    borrow_book(&mutabook);
    new_edition(&mut mutabook);
    println!("by {}", mutabook.author);

    let mut point = Point { x: 0, y: 0 };
    let borrowed_point = &point;
    let another_borrow = &point;
    println!("Point has coordinates: ({}, {})", borrowed_point.x, another_borrow.y);
    let mutable_borrow = &mut point;
    mutable_borrow.x = 5;
    mutable_borrow.y = 2;
    println!("Point has coordinates: ({}, {})", mutable_borrow.x, mutable_borrow.y);
    let new_borrowed_point = &point;
    println!("Point now has coordinates: ({}, {})", new_borrowed_point.x, new_borrowed_point.y);

    let c = 'Q';
    let ref ref_c1 = c;
    let ref_c2 = &c;
    println!("ref_c1 equals ref_c2: {}", *ref_c1 == *ref_c2);

    let Point { x: ref ref_to_x, y: _ } = point;
    println!("x via ref: {}", *ref_to_x);

    let mut mutable_point = point;
    {
        let Point { x: _, y: ref mut mut_ref_to_y } = mutable_point;
        *mut_ref_to_y = 1;
    }
    println!("point is ({}, {})", point.x, point.y);
    println!("mutable_point is ({}, {})", mutable_point.x, mutable_point.y);

    let mut mutable_tuple = (Box::new(5u32), 3u32);
    {
        let (_, ref mut last) = mutable_tuple;
        *last = 2u32;
    }
    println!("tuple is {:?}", mutable_tuple);
}
