struct Timer {
    on_tick: Box<dyn Fn()>,
}

fn main() {
    let mut ticks = 0;
    // Mistake: a Fn closure cannot assign to a captured variable.
    let timer = Timer {
        on_tick: Box::new(move || {
            ticks += 1;
            println!("tick {}", ticks);
        }),
    };
    (timer.on_tick)();
    (timer.on_tick)();
}
