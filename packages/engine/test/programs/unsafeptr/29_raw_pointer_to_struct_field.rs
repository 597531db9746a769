// Raw pointers to a struct and to one of its fields.
#[derive(Debug)]
struct Player {
    hp: i32,
    level: u8,
}

fn main() {
    let mut hero = Player { hp: 100, level: 1 };
    let whole = &mut hero as *mut Player;
    let hp_ptr = &mut hero.hp as *mut i32;
    unsafe {
        *hp_ptr -= 30;
        (*whole).level += 1;
    }
    println!("{:?}", hero);
}
