use std::cell::RefCell;
use std::rc::Rc;

fn main() {
    let board = Rc::new(RefCell::new(vec!['.'; 3]));
    let view = Rc::clone(&board);

    let snapshot = view.borrow();
    println!("board before: {:?}", *snapshot);

    // unwrap turns the BorrowMutError into a panic
    let mut cells = board.try_borrow_mut().unwrap();
    cells[1] = 'X';
    println!("unreachable: {:?}", *cells);
}
